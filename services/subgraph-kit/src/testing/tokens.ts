import {
  DEFAULT_AUDIENCE,
  DEFAULT_ISSUER,
  DEV_JWT_SECRET,
  signToken,
  type AuthConfig,
  type Viewer,
} from "../auth";

/** The auth configuration of tests: the dev secret, issuer and audience. */
export const testAuth: AuthConfig = {
  secret: DEV_JWT_SECRET,
  issuer: DEFAULT_ISSUER,
  audience: DEFAULT_AUDIENCE,
};

/** A signed test token for a viewer. */
export function tokenFor(viewer: Omit<Viewer, "subject">, expiresIn = "10m"): Promise<string> {
  return signToken({ ...testAuth, secret: DEV_JWT_SECRET }, viewer, expiresIn);
}
