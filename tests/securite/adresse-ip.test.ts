import { describe, expect, it } from "vitest";
import { adresseClient } from "@/lib/auth/domain/adresse-ip";

describe("adresse IP du client", () => {
  it("sans mandataire de confiance, ignore X-Forwarded-For choisi par le client", () => {
    for (const forge of ["1.2.3.4", "10.0.0.1, 8.8.8.8", "évil"]) {
      expect(adresseClient({ socket: "203.0.113.7", xForwardedFor: forge, proxiesDeConfiance: 0 })).toBe("203.0.113.7");
    }
  });

  it("faire tourner X-Forwarded-For ne change pas l'adresse comptée pour la limitation", () => {
    const adresses = new Set(Array.from({ length: 30 }, (_, i) => adresseClient({ socket: "::ffff:198.51.100.2", xForwardedFor: `10.0.0.${i}`, proxiesDeConfiance: 0 })));
    expect([...adresses]).toEqual(["198.51.100.2"]);
  });

  it("derrière un mandataire de confiance, prend la valeur qu'il a ajoutée, pas celle écrite par le client", () => {
    // le client envoie « 6.6.6.6 », le mandataire ajoute l'adresse réelle 203.0.113.9
    expect(adresseClient({ socket: "10.0.0.2", xForwardedFor: "6.6.6.6, 203.0.113.9", proxiesDeConfiance: 1 })).toBe("203.0.113.9");
    expect(adresseClient({ socket: "10.0.0.2", xForwardedFor: "6.6.6.6, 203.0.113.9, 10.0.0.3", proxiesDeConfiance: 2 })).toBe("203.0.113.9");
  });

  it("refuse une valeur qui n'est pas une adresse", () => {
    expect(adresseClient({ socket: "<script>", xForwardedFor: null, proxiesDeConfiance: 0 })).toBeNull();
  });
});
