import { useState, type FormEvent } from "react";
import { useQuery } from "@apollo/client/react";
import { useNavigate, useSearchParams } from "react-router";
import { SignInChoicesDocument } from "../gql/graphql";
import { ErrorNotice, Loading, usePageTitle } from "../ui/status";
import { ROLE_HOME, ROLE_LABELS, useSession, type Role } from "./session";

const ROLES: Role[] = ["staff", "member", "council", "territory"];

/**
 * Development sign-in: pick a role (and the member or territory it stands for); the site server mints a
 * dev token (POST /dev/token, off in production, where OpenID Connect signs people in).
 */
export function DevSignInPage() {
  usePageTitle("Connexion");
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [role, setRole] = useState<Role>("staff");
  const [memberId, setMemberId] = useState("");
  const [territoryId, setTerritoryId] = useState("");
  const [failure, setFailure] = useState<string>();
  const [sending, setSending] = useState(false);
  const choices = useQuery(SignInChoicesDocument);

  const members = choices.data?.members?.edges.map((edge) => edge.node) ?? [];
  const territories = choices.data?.territories?.edges.map((edge) => edge.node) ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    const chosenMember = role === "member" ? members.find((m) => m.id === memberId) : undefined;
    const chosenTerritory = role === "territory" ? territories.find((t) => t.id === territoryId) : undefined;
    if (role === "member" && !chosenMember) return setFailure("Choisissez le membre.");
    if (role === "territory" && !chosenTerritory) return setFailure("Choisissez le territoire.");
    setSending(true);
    try {
      const response = await fetch("/dev/token", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ role, memberId: chosenMember?.id, territoryId: chosenTerritory?.id }),
      });
      const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
      if (!response.ok || !body.token) {
        setFailure(body.error ?? "La connexion de développement n'est pas disponible sur ce serveur.");
        return;
      }
      signIn({
        token: body.token,
        role,
        memberId: chosenMember?.id,
        territoryId: chosenTerritory?.id,
        label: chosenMember?.name ?? chosenTerritory?.name ?? ROLE_LABELS[role],
      });
      const back = params.get("retour");
      navigate(back?.startsWith("/") && !back.startsWith("//") ? back : ROLE_HOME[role]);
    } catch {
      setFailure("Le serveur du site ne répond pas.");
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="titre-connexion" className="narrow">
      <h1 id="titre-connexion">Connexion</h1>
      <p className="notice">
        Connexion de développement : le jeton est émis par le serveur du site avec la clé de développement. En
        production, la connexion passe par le fournisseur d'identité du Pôle.
      </p>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>Je me connecte en tant que</legend>
          {ROLES.map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name="role"
                value={choice}
                checked={role === choice}
                onChange={() => setRole(choice)}
              />
              {ROLE_LABELS[choice]}
            </label>
          ))}
        </fieldset>
        {choices.loading && <Loading what="Chargement des membres et territoires…" />}
        {choices.error && !choices.data && <ErrorNotice error={choices.error} />}
        {role === "member" && (
          <p className="field">
            <label htmlFor="sign-in-member">Membre</label>
            <select
              id="sign-in-member"
              value={memberId}
              onChange={(event) => setMemberId(event.target.value)}
            >
              <option value="">— choisir —</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          </p>
        )}
        {role === "territory" && (
          <p className="field">
            <label htmlFor="sign-in-territory">Territoire</label>
            <select
              id="sign-in-territory"
              value={territoryId}
              onChange={(event) => setTerritoryId(event.target.value)}
            >
              <option value="">— choisir —</option>
              {territories.map((territory) => (
                <option key={territory.id} value={territory.id}>
                  {territory.name}
                </option>
              ))}
            </select>
          </p>
        )}
        {failure && (
          <p className="notice notice-error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" disabled={sending}>
          Se connecter
        </button>
      </form>
    </section>
  );
}
