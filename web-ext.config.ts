import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to launch a browser; our machines have no display.
export default defineWebExtConfig({ disabled: true });
