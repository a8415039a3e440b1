// The runs page: follows the running runs it shows, bars and counts from the API every second,
// and reloads when one ends (or, on the newest page, when a new run starts). A file of its own,
// not inline: the pages' Content-Security-Policy allows scripts from the server only.
(function () {
  var table = document.getElementById('runs');
  if (!table) return;
  var firstPage = table.getAttribute('data-first-page') === 'true';
  var shown = [];
  table.querySelectorAll('tr[data-run]').forEach(function (row) { shown.push(Number(row.getAttribute('data-run'))); });
  var newest = Math.max.apply(null, shown);
  function poll() {
    if (document.querySelectorAll('tr[data-status="RUNNING"]').length === 0) return;
    // The API's page that starts where this page starts: the same runs, and newer ones on the first page.
    var url = '/api/runs?limit=100' + (firstPage ? '' : '&before=' + (newest + 1));
    fetch(url, {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (runs) {
      var reload = false;
      runs.forEach(function (run) {
        var row = document.querySelector('tr[data-run="' + run.id + '"]');
        if (!row) { if (firstPage && run.id > newest) reload = true; return; }
        row.querySelector('progress.bar').value = run.progress.percent;
        row.querySelector('.step').textContent = run.progress.step + (run.progress.total >= 0 ? ' ' + run.progress.done + '/' + run.progress.total : '');
        row.querySelector('.articles').textContent = run.articles;
        row.querySelector('.segments').textContent = run.segments;
        if (row.getAttribute('data-status') !== run.status) reload = true;
      });
      if (reload) location.reload(); else setTimeout(poll, 1000);
    }).catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
