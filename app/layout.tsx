import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pilote Insertion", template: "%s · Pilote Insertion" },
  description: "Pilotage du programme départemental d'insertion : offre, parcours, conventions, tableaux de bord.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
