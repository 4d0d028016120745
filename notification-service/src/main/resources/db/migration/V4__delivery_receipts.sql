-- Delivery receipts: the gateway's id of each sent SMS, so that its receipt finds the page.
alter table page add column gateway_message_id varchar(100);
alter table page add column delivered_at timestamptz;
create index page_by_gateway_message on page (gateway_message_id) where gateway_message_id is not null;
