// Arrow keys, Page Up/Down (as sent by presentation clickers) and space move between the meeting
// view's screens. Without this script the Previous and Next links do the same.
document.addEventListener('keydown', function (event) {
  if (event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  var rtl = document.documentElement.dir === 'rtl';
  var forward = ['PageDown', ' ', rtl ? 'ArrowLeft' : 'ArrowRight'];
  var back = ['PageUp', rtl ? 'ArrowRight' : 'ArrowLeft'];
  var link = null;
  if (forward.indexOf(event.key) >= 0) {
    link = document.querySelector('link[rel=next]');
  } else if (back.indexOf(event.key) >= 0) {
    link = document.querySelector('link[rel=prev]');
  }
  if (link) {
    event.preventDefault();
    window.location.assign(link.href);
  }
});
