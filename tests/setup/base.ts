// Les tests d'intégration prennent leur client là où le prennent le seed et les scripts.
export { creerClient, viderBase } from "@/lib/db-script";
