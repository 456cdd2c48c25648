export default defineBackground(() => {
  // Wiring for context menu, shortcuts and badge arrives with the reading list.
});
