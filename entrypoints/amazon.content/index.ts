export default defineContentScript({
  matches: ['https://www.amazon.com/*'],
  main() {},
});
