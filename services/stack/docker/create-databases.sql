-- Run once by the postgres image on an empty volume: one database per subgraph (DESIGN §2).
CREATE DATABASE pole_economic;
CREATE DATABASE pole_neighbourhood;
CREATE DATABASE pole_knowledge;
