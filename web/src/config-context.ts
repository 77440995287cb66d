import { createContext, useContext } from "react";
import type { SiteConfig } from "./config";

export const SiteConfigContext = createContext<SiteConfig | undefined>(undefined);

export function useSiteConfig(): SiteConfig {
  const config = useContext(SiteConfigContext);
  if (!config) throw new Error("useSiteConfig outside App");
  return config;
}
