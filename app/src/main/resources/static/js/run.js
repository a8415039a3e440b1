// A run's page: while the run works, progress from the API every second; reloads when it ends.
// A file of its own, not inline: the pages' Content-Security-Policy allows scripts from the
// server only.
(function () {
  var status = document.getElementById('run-status');
  if (!status || status.getAttribute('data-status') !== 'RUNNING') return;
  var id = status.getAttribute('data-run');
  function poll() {
    fetch('/api/runs/' + id, {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (d) {
      var p = d.run.progress;
      document.getElementById('run-bar').value = p.percent;
      document.getElementById('run-step').textContent = p.step + (p.total >= 0 ? ' ' + p.done + '/' + p.total : '');
      if (d.run.status !== 'RUNNING') location.reload(); else setTimeout(poll, 1000);
    }).catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
