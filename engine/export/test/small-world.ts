/**
 * Test world: a small dataset written as CSV, with secret records (a secret
 * person, phone, transfer, association and sighting) whose ids and names must
 * never reach a package made for a lower clearance.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";

export const SECRET_MARKERS = ["P4", "Samir Qadri", "SECRET-SOURCE", "PH4", "+447700900444", "T4"];

/**
 * The secret link records by file and row (row 1 is the line after the
 * header). Their keys are digests of the records (never row numbers), found
 * by secretLinkKeys in the loaded world.
 */
export const SECRET_LINK_ROWS = [
  "calls:6",
  "calls:7",
  "phone_usage:4",
  "sightings:3",
  "case_involvement:3",
  "associations:2",
] as const;

/** Row name (`calls:6`) to the key of that link in the small world's graph. */
export async function secretLinkKeys(): Promise<Map<string, string>> {
  const graph = toEntityGraph(await loadDataset(await writeSmallWorld()));
  const keys = new Map<string, string>();
  graph.forEachEdge((key, attributes) => {
    const row = `${attributes.provenance_file.replace(/\.csv$/, "")}:${attributes.provenance_line! - 1}`;
    if ((SECRET_LINK_ROWS as readonly string[]).includes(row)) keys.set(row, key);
  });
  return keys;
}

export const SMALL_WORLD: Record<string, string> = {
  "persons.csv": `id,name,category,nationality,classification,handling_code,source
P1,Ana Petrova,suspect,BG,restricted,EU-ONLY,report 17
P2,Omar Haddad,smuggled_person,SY,unclassified,,
P3,Viktor Lenz,suspect,DE,confidential,,report 18
P4,Samir Qadri,suspect,LY,secret,,SECRET-SOURCE
`,
  "organisations.csv": "id,name,kind,country\nO1,Sunrise Travel,travel_agency,TR\n",
  "phones.csv": `id,number,classification
PH1,+359 88 123 4567,restricted
PH2,+359 88 765 4321,restricted
PH3,+49 151 2345 6789,restricted
PH4,+44 7700 900444,secret
PH5,+963 944 123 456,unclassified
`,
  "phone_usage.csv": `person_id,phone_id,from,to,classification
P1,PH1,2024-01-01,,restricted
P1,PH2,2024-02-01,2024-05-01,restricted
P3,PH3,,,restricted
P4,PH4,,,secret
P2,PH5,,,unclassified
`,
  "calls.csv": `caller_phone_id,callee_phone_id,start,duration_s,classification
PH1,PH3,2024-03-01T10:00:00Z,60,restricted
PH1,PH3,2024-03-01T12:00:00Z,120,restricted
PH3,PH2,2024-03-02T09:30:00Z,30,restricted
PH2,PH5,2024-03-05T20:00:00Z,300,restricted
PH3,PH5,2024-03-06T20:00:00Z,45,restricted
PH4,PH1,2024-03-07T08:00:00Z,90,secret
PH1,PH4,2024-03-08T08:00:00Z,15,secret
`,
  "transfers.csv": `id,sender_id,receiver_id,amount,currency,date,channel,classification,handling_code
T1,P2,P1,1200.50,EUR,2024-03-08,hawala,restricted,
T2,P1,P3,300,EUR,2024-03-09,cash_courier,confidential,FIU-ONLY
T3,P1,O1,999.99,USD,2024-03-10,bank,restricted,
T4,P4,P1,5000,EUR,2024-03-11,hawala,secret,
T5,O1,P1,250.25,EUR,2024-03-12,money_transfer_operator,restricted,
`,
  "vehicles.csv": "id,plate,country,make,kind\nV1,AB 123 CD,IT,Fiat,van\n",
  "vehicle_usage.csv": "person_id,vehicle_id,role\nP1,V1,driver\nP3,V1,owner\n",
  "locations.csv":
    "id,name,country,lat,lon,kind\nL1,Agadez,NE,16.97,7.99,city\nL2,Zuwara beach,LY,32.93,12.08,beach\n",
  "routes.csv": "id,name,mode,waypoints\nR1,Central Sahara,land,L1>L2\n",
  "route_usage.csv":
    "subject_id,route_id,date,role\nP1,R1,2024-03-10,organiser\nP3,R1,2024-03-10,driver\nP2,R1,2024-03-10,passenger\n",
  "sightings.csv": `subject_id,location_id,time,classification
V1,L1,2024-03-09T10:00:00Z,restricted
P1,L2,2024-03-11T08:00:00Z,restricted
P4,L2,2024-03-11T08:05:00Z,secret
`,
  "cases.csv": "id,crime_type,title,opened\nC1,migrant_smuggling,Operation Dune,2024-02-01\n",
  "case_involvement.csv": `person_id,case_id,role,classification
P1,C1,suspect,restricted
P3,C1,suspect,restricted
P4,C1,suspect,secret
`,
  "associations.csv": `a_id,b_id,kind,classification
P1,P3,associate,restricted
P1,P4,family,secret
P1,O1,controls,restricted
`,
  "online_accounts.csv": "id,platform,handle\nA1,telegram,@ana_p\n",
  "online_usage.csv": "person_id,account_id\nP1,A1\n",
};

export async function writeSmallWorld(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "crosslink-export-world-"));
  for (const [name, content] of Object.entries(SMALL_WORLD)) {
    await writeFile(join(folder, name), content);
  }
  return folder;
}
