/**
 * A hand-written dataset small enough to count its evidence by hand, shared
 * by the tests of the network, overlaps, money and targets modules.
 *
 * P1 and P2 smuggle people (case C1) and talk: 3 calls P1→P2, 1 call P2→P1.
 * P3 and P4 share phone PH3; P1 called it once. P3 is also in the drug case
 * C2 with the company O1, which paid P1 USD 1,000. P4 is P5's cousin; P5 is a
 * smuggled person who travelled route R1 with P1 on 2024-01-02 (P2 went a day
 * later) and paid P2 EUR 2,500 by hawala.
 */
import { loadDataset, toEntityGraph } from "../../../ingest/index.ts";
import { writeDataset } from "../../../ingest/test/write-dataset.ts";
import type { EntityGraph } from "../../../model/index.ts";

export const TINY_WORLD = {
  "persons.csv":
    "id,name,category\nP1,Ana Petrova,suspect\nP2,Omar Haddad,suspect\nP3,Luca Bruni,suspect\nP4,Sara Bruni,unknown\nP5,Amir Nouri,smuggled_person\n",
  "organisations.csv": "id,name,kind\nO1,Bruni Import SRL,shell_company\n",
  "phones.csv": "id,number\nPH1,+39 333 100 0001\nPH2,+39 333 100 0002\nPH3,+39 333 100 0003\n",
  "phone_usage.csv": "person_id,phone_id\nP1,PH1\nP2,PH2\nP3,PH3\nP4,PH3\n",
  "calls.csv": [
    "caller_phone_id,callee_phone_id,start,duration_s",
    "PH1,PH2,2024-01-05T10:00:00Z,60",
    "PH1,PH2,2024-01-09T10:00:00Z,30",
    "PH2,PH1,2024-01-03T08:00:00Z,20",
    "PH1,PH2,2024-02-01T09:00:00Z,90",
    "PH1,PH3,2024-02-02T09:00:00Z,15",
  ].join("\n"),
  "transfers.csv": [
    "id,sender_id,receiver_id,amount,currency,date,channel",
    "T1,P1,P2,100,EUR,2024-01-10,bank",
    "T2,P2,P1,50,EUR,2024-01-20,bank",
    "T3,O1,P1,1000,USD,2024-02-15,bank",
    "T4,P5,P2,2500,EUR,2024-01-01,hawala",
  ].join("\n"),
  "locations.csv": "id,name\nL1,Tripoli\nL2,Lampedusa\n",
  "routes.csv": "id,name,mode,waypoints\nR1,Central Mediterranean,sea,L1>L2\n",
  "route_usage.csv":
    "subject_id,route_id,date,role\nP1,R1,2024-01-02,organiser\nP5,R1,2024-01-02,passenger\nP2,R1,2024-01-03,skipper\n",
  "cases.csv":
    "id,crime_type,title\nC1,migrant_smuggling,Operation Sirocco\nC2,drug_trafficking,Operation Brina\n",
  "case_involvement.csv":
    "person_id,case_id,role\nP1,C1,suspect\nP2,C1,suspect\nP3,C2,suspect\nO1,C2,suspect\n",
  "associations.csv": "a_id,b_id,kind\nP4,P5,family\n",
};

export async function tinyWorld(): Promise<EntityGraph> {
  return toEntityGraph(await loadDataset(await writeDataset(TINY_WORLD)));
}

/**
 * A record named by its file and row (`calls:3`, row 1 being the line after
 * the header), as the tests find it by hand; link keys themselves are digests.
 * Transfers keep their own id.
 */
export const rowNameOf = (graph: EntityGraph, key: string): string =>
  key.includes(":")
    ? `${key.split(":")[0]}:${graph.getEdgeAttribute(key, "provenance_line")! - 1}`
    : key;
