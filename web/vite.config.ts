import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// `npm run dev` proxies the API of a running `./elara up`, so the app keeps one origin as in production.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": "http://127.0.0.1:5080",
      "/images": "http://127.0.0.1:5080",
    },
  },
  build: { chunkSizeWarningLimit: 700 },
});
