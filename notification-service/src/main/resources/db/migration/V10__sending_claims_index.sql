-- Every delivery round first takes back stale claims (delivery_status = 'SENDING'); without these
-- indexes that sweep read the whole table each round, and pages, alerts and notices only grow.
create index page_sending on page (next_delivery_at) where delivery_status = 'SENDING';
create index page_delivery_method_sending on page_delivery (next_delivery_at) where delivery_status = 'SENDING';
create index coordinator_alert_sending on coordinator_alert (next_delivery_at) where delivery_status = 'SENDING';
create index notice_sending on notice (next_delivery_at) where delivery_status = 'SENDING';
