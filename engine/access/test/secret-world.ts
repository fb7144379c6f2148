/**
 * A small world with records at every classification, among them secret
 * persons, a secret phone, a secret call between two visible phones (the only
 * evidence tying P1 to P3), a secret transfer, a secret case and a secret
 * location on a visible route and a secret sighting at a visible place. SECRET_STRINGS must never reach a user cleared
 * below secret.
 */
export const SECRET_WORLD: Record<string, string> = {
  "persons.csv": [
    "id,name,aliases,category,classification,handling_code",
    "P1,Ana Petrova,Anja,suspect,restricted,NL-ONLY",
    "P2,Omar Haddad,,suspect,unclassified,",
    "P3,Ivan Horvat,,suspect,restricted,",
    "P4,Lena Berg,,smuggled_person,restricted,",
    "P5,Maria Kowalski,,suspect,confidential,",
    "S1,Zoltan Grimaldi,Zolto,suspect,secret,NOFORN",
    "S2,Xavier Nightshade,,suspect,secret,",
  ].join("\n"),
  "phones.csv": [
    "id,number,country,classification",
    "PH1,+49 151 23456789,,restricted",
    "PH2,+31 6 12345678,,unclassified",
    "PH3,+43 664 1234567,,restricted",
    "PH4,+49 160 5550001,,restricted",
    "SPH1,+39 347 7654321,,secret",
  ].join("\n"),
  "vehicles.csv": [
    "id,plate,country,kind,classification",
    "V1,B-XY 123,DE,van,restricted",
    "SV1,MI-999-ZZ,IT,truck,secret",
  ].join("\n"),
  "locations.csv": [
    "id,name,country,lat,lon,kind,classification",
    "L1,Calais,FR,50.95,1.85,port,unclassified",
    "L2,Dover,GB,51.13,1.31,port,unclassified",
    "SL1,Villa Segreta,FR,50.7,2.2,safe_house,secret",
  ].join("\n"),
  "routes.csv": [
    "id,name,mode,waypoints,classification",
    "R1,Channel crossing,sea,L1>SL1>L2,restricted",
  ].join("\n"),
  "cases.csv": [
    "id,crime_type,title,classification",
    "C1,migrant_smuggling,Operation Harbour,restricted",
    "C2,drug_trafficking,Operation Snow,restricted",
    "SC1,money_laundering,Operation Nightjar,secret",
  ].join("\n"),
  "phone_usage.csv": [
    "person_id,phone_id,classification",
    "P1,PH1,restricted",
    "P2,PH2,restricted",
    "P3,PH3,restricted",
    "P4,PH4,restricted",
    "S1,SPH1,secret",
  ].join("\n"),
  "calls.csv": [
    "caller_phone_id,callee_phone_id,start,duration_s,classification",
    "PH1,PH2,2024-03-07T21:14:00Z,65,restricted",
    "PH2,PH3,2024-04-01T10:00:00Z,30,restricted",
    "PH1,PH3,2024-05-02T08:00:00Z,120,secret",
    "SPH1,PH1,2024-05-03T08:00:00Z,45,secret",
    "PH4,PH2,2024-06-01T12:00:00Z,10,restricted",
  ].join("\n"),
  "transfers.csv": [
    "id,sender_id,receiver_id,amount,currency,date,channel,classification",
    "T1,P1,P2,500,EUR,2024-03-08,hawala,restricted",
    "ST1,P3,S1,90000,EUR,2024-05-05,crypto,secret",
    "T2,P5,P1,700,EUR,2024-05-06,bank,confidential",
  ].join("\n"),
  "vehicle_usage.csv": [
    "person_id,vehicle_id,role,classification",
    "P3,V1,driver,restricted",
    "P2,V1,owner,restricted",
    "S2,SV1,driver,secret",
  ].join("\n"),
  "sightings.csv": [
    "subject_id,location_id,time,classification",
    "V1,L1,2024-03-10T05:00:00Z,restricted",
    "SV1,L1,2024-05-02T03:00:00Z,secret",
  ].join("\n"),
  "route_usage.csv": ["subject_id,route_id,date,role", "P2,R1,2024-03-10,organiser"].join("\n"),
  "case_involvement.csv": [
    "person_id,case_id,role,classification",
    "P1,C1,suspect,restricted",
    "P2,C1,suspect,restricted",
    "P3,C2,suspect,restricted",
    "P1,SC1,suspect,secret",
    "S1,SC1,suspect,secret",
    "S2,C2,suspect,secret",
  ].join("\n"),
  "associations.csv": ["a_id,b_id,kind,classification", "P1,S2,associate,secret"].join("\n"),
};

/** Ids, names, numbers, plates and amounts that exist only in secret records. */
export const SECRET_STRINGS = [
  "S1",
  "S2",
  "Zoltan",
  "Grimaldi",
  "Zolto",
  "Xavier",
  "Nightshade",
  "NOFORN",
  "SPH1",
  "+393477654321",
  "SV1",
  "MI999ZZ",
  "SC1",
  "Nightjar",
  "ST1",
  "90000",
  "SL1",
  "Segreta",
  "money_laundering",
];

/**
 * The secret world as re-imported after an edit, with a secret record of a
 * visible phone's number: SPH9 is merged into PH2 (+31 6 12345678), and the
 * restricted call that names SPH9 must stay hidden below secret.
 */
export const MERGED_PHONE_WORLD: Record<string, string> = {
  ...SECRET_WORLD,
  "phones.csv": SECRET_WORLD["phones.csv"] + "\nSPH9,+31 6 12345678,,secret",
  "calls.csv": SECRET_WORLD["calls.csv"] + "\nSPH9,PH3,2024-07-01T09:17:00Z,77,restricted",
};

/**
 * The edition imported first: MERGED_PHONE_WORLD with rows withdrawn since,
 * a secret person with his phone and call, and a restricted call and sighting.
 * None of them may be seen at any clearance after the re-import.
 */
export const WORLD_BEFORE_WITHDRAWAL: Record<string, string> = {
  ...MERGED_PHONE_WORLD,
  "persons.csv": MERGED_PHONE_WORLD["persons.csv"] + "\nS3,Quentin Vexley,,suspect,secret,",
  "phones.csv": MERGED_PHONE_WORLD["phones.csv"] + "\nSPH3,+44 7911 222333,,secret",
  "phone_usage.csv": MERGED_PHONE_WORLD["phone_usage.csv"] + "\nS3,SPH3,secret",
  "calls.csv":
    MERGED_PHONE_WORLD["calls.csv"] +
    "\nSPH3,PH1,2024-08-15T22:00:00Z,12,secret\nPH4,PH3,2024-08-16T07:45:00Z,20,restricted",
  "sightings.csv": MERGED_PHONE_WORLD["sightings.csv"] + "\nV1,L2,2024-08-17T04:00:00Z,restricted",
};

/** What only the merged secret phone and the withdrawn rows held. */
export const MERGED_PHONE_STRINGS = ["SPH9", "2024-07-01"];
export const WITHDRAWN_STRINGS = [
  "S3",
  "Vexley",
  "SPH3",
  "+447911222333",
  "2024-08-15",
  "2024-08-16",
  "2024-08-17",
];
