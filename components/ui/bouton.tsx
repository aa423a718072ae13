import Link from "@/components/ui/lien";

const styles = {
  primaire: "bg-marque-700 text-white hover:bg-marque-800",
  secondaire: "border border-marque-700 bg-white text-marque-700 hover:bg-marque-50",
  danger: "bg-erreur-700 text-white hover:bg-red-900",
} as const;

type Variante = keyof typeof styles;
const base = "inline-flex items-center gap-2 rounded px-4 py-2 text-sm font-semibold disabled:opacity-60";

export function Bouton({ variante = "primaire", className = "", ...props }: React.ButtonHTMLAttributes<HTMLButtonElement> & { variante?: Variante }) {
  return <button className={`${base} ${styles[variante]} ${className}`} {...props} />;
}

export function LienBouton({ variante = "primaire", className = "", ...props }: React.ComponentProps<typeof Link> & { variante?: Variante }) {
  return <Link className={`${base} ${styles[variante]} ${className}`} {...props} />;
}
