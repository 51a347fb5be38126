import { amazonAdapter } from '@/lib/platforms/amazon';
import { startCapture } from '@/runtime/start-capture';
import { AMAZON_MATCHES } from '@/lib/platforms/amazon-hosts';

export default defineContentScript({
  matches: AMAZON_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, amazonAdapter);
  },
});
