-- The referring organisations of the Kempen network.
insert into referring_organisation (id, name, type) values
    ('az-turnhout', 'AZ Turnhout', 'HOSPITAL'),
    ('az-herentals', 'AZ Herentals', 'HOSPITAL'),
    ('az-sint-dimpna-geel', 'AZ Sint-Dimpna Geel', 'HOSPITAL'),
    ('az-heilig-hart-mol', 'AZ Heilig Hart Mol', 'HOSPITAL'),
    ('huisartsen-kasterlee', 'Huisartsenpraktijk Kasterlee', 'GP'),
    ('ocmw-turnhout', 'OCMW Turnhout', 'OCMW'),
    ('caw-de-kempen', 'CAW De Kempen', 'CAW');
