// Vite builds the site (web/dist, served by npm start); `npm run dev` serves it with hot reload and sends
// /graphql to the running gateway (GATEWAY_URL, default http://127.0.0.1:4000) and /dev/token to the
// running site server (SITE_URL, default http://127.0.0.1:4080), so the page and its API share an origin.
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

const gateway = process.env.GATEWAY_URL ?? "http://127.0.0.1:4000";
const site = process.env.SITE_URL ?? "http://127.0.0.1:4080";

export default defineConfig({
  plugins: [react()],
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    host: "127.0.0.1",
    port: 5173,
    proxy: { "/graphql": gateway, "/dev/token": site, "/downloads": site },
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
