/** The map layer (services/map-layer.ts): placed locations with sighting counts, routes as waypoint chains. */
import { Type } from "@sinclair/typebox";
import { Classification } from "./common.ts";

const RecordFields = {
  id: Type.String(),
  label: Type.String(),
  classification: Classification,
  handling_code: Type.Optional(Type.String()),
};

export const MapLocation = Type.Object({
  ...RecordFields,
  kind: Type.Optional(Type.String()),
  country: Type.Optional(Type.String()),
  lat: Type.Number({ minimum: -90, maximum: 90 }),
  lon: Type.Number({ minimum: -180, maximum: 180 }),
  sightings: Type.Integer({ minimum: 0 }),
});

export const MapRoute = Type.Object({
  ...RecordFields,
  mode: Type.Optional(Type.String()),
  waypoints: Type.Array(Type.String(), { minItems: 2 }),
  journeys: Type.Integer({ minimum: 0 }),
});

export const MapLayer = Type.Object({
  locations: Type.Array(MapLocation),
  routes: Type.Array(MapRoute),
});
