-- A volunteer's own webhook (ContactChannel WEBHOOK): pages and notices are POSTed to it, signed.
alter table recipient add column webhook_url varchar(500);
