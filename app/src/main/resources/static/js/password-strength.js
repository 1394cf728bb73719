// The password strength meter on the account page: asks the server (whose verdict counts when the form is sent)
// as the user types, at most every 300 ms.
(function () {
  const input = document.getElementById('newPassword');
  const meter = document.getElementById('password-strength');
  const text = document.getElementById('password-strength-text');
  if (!input || !meter || !text) {
    return;
  }
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  let timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      const headers = {'Content-Type': 'application/x-www-form-urlencoded'};
      if (token && header) {
        headers[header.content] = token.content;
      }
      fetch(input.dataset.strengthUrl, {method: 'POST', headers: headers, body: new URLSearchParams({password: input.value})})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (verdict) {
          if (verdict) {
            meter.value = verdict.score;
            text.textContent = verdict.feedback;
            input.setCustomValidity(verdict.acceptable ? '' : verdict.feedback);
          }
        });
    }, 300);
  });
}());
