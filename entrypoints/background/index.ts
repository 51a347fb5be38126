export default defineBackground(() => {
  // wired in runtime/background
});
