import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Règle de dépendances (docs/ARCHITECTURE.md) : app → components → lib ; rien sous app/ ni components/
// n'importe Prisma ; lib/*/domain n'importe aucune infrastructure.
const prismaInterdit = {
  paths: [
    { name: "@/lib/db", message: "Les pages et composants passent par une requête de lib/ (contextePage + query)." },
    { name: "@prisma/client", message: "Prisma reste dans lib/." },
    { name: "next/link", message: "Liens internes : @/components/ui/lien (sans préchargement automatique de chaque lien visible)." },
  ],
  patterns: [
    { group: ["@/lib/generated/prisma/client", "@/lib/generated/prisma/models*", "@prisma/*"], message: "Prisma reste dans lib/ (seuls les enums sont permis)." },
    { group: ["@/lib/*/commands/*", "@/lib/*/*/commands/*"], message: "Les composants appellent des actions serveur, jamais une commande directement." },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/ui/lien.tsx"],
    rules: { "no-restricted-imports": ["error", prismaInterdit] },
  },
  {
    files: ["lib/*/domain/**/*.ts", "lib/*/*/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db", "@/lib/generated/prisma/client", "@prisma/*", "next", "next/*", "react", "react-dom", "server-only"], message: "Le domaine est du TypeScript pur." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
