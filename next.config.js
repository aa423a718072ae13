/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // la vérification des types est faite par `npm run typecheck` (tsc) : inutile de la refaire au build
  typescript: { ignoreBuildErrors: true },
  // dépôt des fichiers d'allocataires (/imports) : un flux complet fait ~60 Mo
  experimental: { serverActions: { bodySizeLimit: "200mb" }, proxyClientMaxBodySize: "200mb" },
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
