/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // la vérification des types est faite par `npm run typecheck` (tsc) : inutile de la refaire au build
  typescript: { ignoreBuildErrors: true },
  // dépôt des fichiers d'allocataires (/imports) : un flux complet fait ~60 Mo ; ailleurs, proxy.ts
  // refuse tout corps de plus d'1 Mo (413)
  experimental: { serverActions: { bodySizeLimit: "200mb" }, proxyClientMaxBodySize: "200mb" },
  async headers() {
    // mêmes valeurs que ENTETES_FIXES (lib/securite/entetes.ts), aussi pour les fichiers statiques ;
    // la CSP à nonce est posée par proxy.ts
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
