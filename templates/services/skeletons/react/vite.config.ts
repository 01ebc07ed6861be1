import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The browser code lives in web/ and is built into dist/web, which the server in src/ serves.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true },
  server: { proxy: { '/health': 'http://localhost:${{ values.port }}', '/metrics': 'http://localhost:${{ values.port }}' } },
});
