import { describe, expect, it } from "vitest";
import { ENTETES_FIXES, politiqueDeContenu, tirerNonce } from "@/lib/securite/entetes";

describe("en-têtes de sécurité", () => {
  it("la CSP n'autorise que les scripts porteurs du nonce et interdit cadres, objets et formulaires tiers", () => {
    const csp = politiqueDeContenu("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("un nonce différent à chaque requête, de 128 bits", () => {
    const a = tirerNonce();
    expect(a).not.toBe(tirerNonce());
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });

  it("HSTS d'au moins un an et Permissions-Policy", () => {
    const maxAge = Number(/max-age=(\d+)/.exec(ENTETES_FIXES["Strict-Transport-Security"]!)![1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
    expect(ENTETES_FIXES["Permissions-Policy"]).toContain("camera=()");
  });
});
