/**
 * Small datasets for the record-identity tests both stores run: the memory
 * store's own and the Neo4j store's, which must end equal to the memory store.
 */
import type { EntityGraph } from "../../model/index.ts";

export const DATASET = {
  "persons.csv":
    "id,name,category,classification\nP1,Ana,suspect,secret\nP2,Omar,smuggled_person,\nP3,Lena,,\n",
  "phones.csv": "id,number\nPH1,+39 333 123 4567\nPH2,+44 7700 900123\n",
  "phone_usage.csv": "person_id,phone_id\nP1,PH1\nP2,PH2\n",
  "calls.csv":
    "caller_phone_id,callee_phone_id,start\nPH1,PH2,2024-03-07T21:14:00Z\nPH2,PH1,2024-03-08T08:00:00Z\n",
  "associations.csv": "a_id,b_id,kind,informant_note\nP1,P3,family,seen together\n",
};

export const EDITED = {
  ...DATASET,
  "phones.csv": "id,number\nPH2,+44 7700 900123\nPH1,+39 333 123 4567\n",
  // The first call withdrawn, the second's time corrected, a new one added.
  "calls.csv":
    "caller_phone_id,callee_phone_id,start\nPH2,PH1,2024-03-08T08:05:00Z\nPH1,PH2,2024-03-09T10:00:00Z\n",
  "associations.csv": "a_id,b_id,kind,informant_note\n",
  "persons.csv":
    "id,name,category,classification\nP1,Ana,suspect,secret\nP2,Omar Haddad,smuggled_person,\n",
};

/** A dataset of another name naming one person of DATASET and adding one. */
export const SECOND = {
  "persons.csv": "id,name\nP1,Ana P.\nP7,Ivo\n",
  "associations.csv": "a_id,b_id,kind\nP1,P7,associate\n",
};

export const WITH_TRANSFER = {
  ...DATASET,
  "transfers.csv": "id,sender_id,receiver_id,amount,currency,date\nT1,P1,P2,100,EUR,2024-03-07\n",
};

/** Imported after WITH_TRANSFER under another name: two conflicts. */
export const CONFLICTING = {
  "persons.csv": "id,name\nP8,Zed\nP9,Yan\n",
  "vehicles.csv": "id,plate\nP2,AB-123\n",
  "transfers.csv": "id,sender_id,receiver_id,amount,currency,date\nT1,P8,P9,5,EUR,2024-01-01\n",
};

export const CONFLICT_MESSAGES = [
  'transfers.csv:2: id: transfer "T1" is another transfer in dataset "first" (transfers.csv:2)',
  'vehicles.csv:2: id: "P2" is a person in dataset "first" (persons.csv:3)',
];

/** Nodes and links by key, with their ends and attributes: equal graphs print alike. */
export const contents = (graph: EntityGraph) => ({
  nodes: graph.mapNodes((node, attributes) => [node, attributes]).sort(),
  edges: graph
    .mapEdges((edge, attributes, source, target) => [edge, source, target, attributes])
    .sort(),
});
