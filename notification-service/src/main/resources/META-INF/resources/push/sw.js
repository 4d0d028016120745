// Koepel's service worker: shows a page as a notification; a tap opens its answer page, whose
// buttons acknowledge or decline. The payload: {title, body, url, acknowledgeUrl, declineUrl, sentAt}.
self.addEventListener('push', event => {
  let page = {};
  try {
    page = event.data ? event.data.json() : {};
  } catch (e) {
    page = { body: event.data ? event.data.text() : '' };
  }
  event.waitUntil(self.registration.showNotification(page.title || 'Koepel spoedoproep', {
    body: page.body || 'Nieuwe oproep: open Koepel.',
    data: { url: page.url },
    tag: page.url || 'koepel-page',
    requireInteraction: true,
    renotify: true
  }));
});

self.addEventListener('notificationclick', event => {
  event.notification.close();
  const url = event.notification.data && event.notification.data.url;
  if (url) {
    event.waitUntil(clients.openWindow(url));
  }
});
