import { Link } from "react-router";
import { usePageTitle } from "./status";

export function NotFoundPage() {
  usePageTitle("Page introuvable");
  return (
    <section>
      <h1>Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune page du site. <Link to="/">Retour à l'accueil</Link>
      </p>
    </section>
  );
}
