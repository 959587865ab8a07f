// Arrow keys, Page Up/Down (as sent by presentation clickers) and space move between the meeting
// view's screens. Without this script the Previous and Next links do the same.
document.addEventListener('keydown', function (event) {
  if (event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  if (event.key === ' ' && event.target.tagName === 'BUTTON') {
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

// While a live consultation is open the screen reloads itself to show new answers (without this script a
// <noscript> refresh does it). The button pauses and resumes that for the rest of the visit, so that nobody
// has to read against the clock (WCAG 2.2.1).
(function () {
  var seconds = Number(document.body.getAttribute('data-refresh'));
  var button = document.getElementById('live');
  if (!seconds || !button) {
    return;
  }
  var key = 'youthvoice-meeting-paused';
  var pauseText = button.textContent;
  var resumeText = button.getAttribute('data-resume');
  var paused = false;
  var timer = null;
  try {
    paused = window.sessionStorage.getItem(key) === '1';
  } catch (storageUnavailable) {
    paused = false;
  }
  function show() {
    button.textContent = paused ? resumeText : pauseText;
    window.clearTimeout(timer);
    timer = paused ? null : window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
  }
  button.addEventListener('click', function () {
    paused = !paused;
    try {
      window.sessionStorage.setItem(key, paused ? '1' : '0');
    } catch (storageUnavailable) {
      // the choice then lasts for this screen only
    }
    show();
  });
  button.parentNode.hidden = false;
  show();
}());
