/** The caller and the session a login opens. */
import { Type } from "@sinclair/typebox";
import { Classification, Role } from "./common.ts";

export const UserSchema = Type.Object({
  name: Type.String(),
  role: Role,
  clearance: Classification,
});

export const Session = Type.Object({
  token: Type.String(),
  expiresAt: Type.String(),
  user: UserSchema,
});
