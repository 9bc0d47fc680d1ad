// Starts Pagefind's search UI and fills the query from the page's URL (?q=...).
window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({ element: '#search', showSubResults: false, showImages: false, resetStyles: false });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
});
