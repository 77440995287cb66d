import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { readSiteConfig } from "./config";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App config={readSiteConfig()} />
  </StrictMode>,
);
