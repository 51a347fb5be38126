import { xAdapter } from '@/lib/platforms/x';
import { startComposerBridge } from '@/runtime/composer-bridge';
import { startCapture } from '@/runtime/start-capture';

export default defineContentScript({
  // x.com and the legacy twitter.com host serve the same app.
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, xAdapter);
    // Replying (issue 11): the side panel's "Insert into X".
    startComposerBridge(ctx);
  },
});
