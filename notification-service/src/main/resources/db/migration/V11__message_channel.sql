-- Alerts and notices go to every channel their recipient has an address for. What became of the
-- message on each channel is kept here, written right after each send: a retry (also after a
-- restart) goes out only on the channels that have no row yet, never again where it arrived.
create table message_channel (
    -- the message's table: coordinator_alert or notice
    message_table      varchar(40)  not null,
    message_id         uuid         not null,
    -- sms, email, webhook, log (koepel.paging.channel)
    channel            varchar(20)  not null,
    -- SENT; REFUSED: the channel said no for good; GAVE_UP: still failing when the message's
    -- attempts ran out, while another channel had taken it
    outcome            varchar(20)  not null,
    recorded_at        timestamptz  not null,
    gateway_message_id varchar(100),
    error              text,
    primary key (message_table, message_id, channel)
);
