-- The permit types every permit center starts with (PRODUCT.md). Administrators may change them later.
INSERT INTO permit_type (id, code, name, prefix, number_template, expiry_days, active, version) VALUES
 (1,  'B',    'Building',                  'B',    '{PREFIX}{YY}{MM}-{SEQ:3}', 180, TRUE, 0),
 (2,  'E',    'Electrical',                'E',    '{PREFIX}{YY}{MM}-{SEQ:3}', 180, TRUE, 0),
 (3,  'M',    'Mechanical',                'M',    '{PREFIX}{YY}{MM}-{SEQ:3}', 180, TRUE, 0),
 (4,  'P',    'Plumbing',                  'P',    '{PREFIX}{YY}{MM}-{SEQ:3}', 180, TRUE, 0),
 (5,  'RERF', 'Reroof',                    'RERF', '{PREFIX}{YYYY}-{SEQ:4}',   180, TRUE, 0),
 (6,  'WH',   'Water Heater',              'WH',   '{PREFIX}{YYYY}-{SEQ:4}',   180, TRUE, 0),
 (7,  'EPU',  'Electrical Panel Upgrade',  'EPU',  '{PREFIX}{YYYY}-{SEQ:4}',   180, TRUE, 0),
 (8,  'ACC',  'Accessibility',             'ACC',  '{PREFIX}{YY}{MM}-{SEQ:3}', 180, TRUE, 0),
 (9,  'DUMP', 'Dumpster',                  'DUMP', '{PREFIX}{YYYY}-{SEQ:4}',    30, TRUE, 0),
 (10, 'HAUL', 'Haul Route',                'HAUL', '{PREFIX}{YYYY}-{SEQ:4}',    30, TRUE, 0),
 (11, 'FILM', 'Film',                      'FILM', '{PREFIX}{YYYY}-{SEQ:4}',    30, TRUE, 0),
 (12, 'RPP',  'Residential Parking',       'RPP',  '{PREFIX}{YYYY}-{SEQ:4}',   365, TRUE, 0),
 (13, 'OVP',  'Oversized Vehicle Parking', 'OVP',  '{PREFIX}{YYYY}-{SEQ:4}',    30, TRUE, 0);

INSERT INTO permit_subtype (permit_type_id, name) VALUES
 (1, 'New single-family dwelling'), (1, 'Addition'), (1, 'Remodel'), (1, 'Accessory dwelling unit'),
 (1, 'Swimming pool / spa'), (1, 'Patio cover'), (1, 'Commercial tenant improvement'), (1, 'Demolition'),
 (2, 'Solar photovoltaic'), (2, 'EV charger'), (2, 'Residential rewire'), (2, 'Commercial lighting'),
 (3, 'HVAC change-out'), (3, 'New ductwork'), (3, 'Commercial hood'),
 (4, 'Repipe'), (4, 'Sewer lateral'), (4, 'Gas line'), (4, 'Fixture replacement'),
 (5, 'Residential'), (5, 'Commercial'),
 (6, 'Gas'), (6, 'Electric / heat pump'), (6, 'Tankless'),
 (7, 'Residential'), (7, 'Commercial'),
 (8, 'Parking and path of travel'), (8, 'Restroom upgrade'),
 (9, 'Street'), (9, 'Private property'),
 (10, 'Construction haul'), (10, 'Export of soil'),
 (11, 'Still photography'), (11, 'Motion picture'),
 (12, 'Annual resident'), (12, 'Guest'),
 (13, 'Recreational vehicle'), (13, 'Trailer');
