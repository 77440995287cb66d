import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

export type Role = "staff" | "member" | "council" | "territory";

/** Who is signed in. The token lives in memory only: never in localStorage, gone with the tab. */
export interface Session {
  token: string;
  role: Role;
  memberId?: string;
  territoryId?: string;
  /** What the header shows: the member's or territory's name, or the role. */
  label: string;
}

interface SessionContextValue {
  session: Session | undefined;
  signIn(session: Session): void;
  signOut(): void;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ children, onSignOut }: { children: ReactNode; onSignOut?: () => void }) {
  const [session, setSession] = useState<Session | undefined>();
  const signIn = useCallback((next: Session) => setSession(next), []);
  const signOut = useCallback(() => {
    setSession(undefined);
    onSignOut?.();
  }, [onSignOut]);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

/** French names of the roles, as the interface shows them. */
export const ROLE_LABELS: Record<Role, string> = {
  staff: "Équipe du Pôle",
  member: "Membre",
  council: "Conseil régional",
  territory: "Territoire partenaire",
};

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  staff: "/equipe",
  member: "/espace-membre",
  council: "/conseil",
  territory: "/territoire",
};
