/**
 * A sigma node program drawing regular polygons with an optional ring, so that
 * entity types get distinct shapes and selected or path nodes get an outline,
 * all in one draw call. Same structure as sigma's NodeCircleProgram, with a
 * larger covering triangle (polygons reach beyond the inscribed disc) and a
 * signed-distance test in the fragment shader.
 *
 * Display data read: x, y, size, color, plus `sides`, `turn` (see shapes.ts)
 * and `ring` (ring width as a fraction of the radius, 0 for none) with
 * `ringColor`.
 */
import { NodeProgram, type ProgramInfo } from "sigma/rendering";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

export interface ShapeDisplayData extends NodeDisplayData {
  sides?: number;
  turn?: number;
  ring?: number;
  ringColor?: string;
}

/** What the vertex shader hands the fragment shader; both declare it alike. */
const VARYINGS = /* glsl */ `
varying vec4 v_color;
varying vec4 v_ringColor;
varying vec2 v_diff;
varying float v_radius;
varying vec3 v_shape;
varying float v_feather;
`;

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_ringColor;
attribute vec2 a_position;
attribute float a_size;
attribute vec3 a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

${VARYINGS}

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  // The triangle's inscribed circle has half its circumradius: 2.6 radii
  // leave room for the corners of every polygon and the ring.
  vec2 diff = 2.6 * radius * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diff, 1)).xy, 0, 1);
  v_diff = diff;
  v_radius = radius;
  v_shape = a_shape;
  v_feather = u_correctionRatio * 1.5 / radius;
  #ifdef PICKING_MODE
  v_color = a_id;
  v_ringColor = a_id;
  #else
  v_color = a_color;
  v_ringColor = a_ringColor;
  #endif
  v_color.a *= bias;
  v_ringColor.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision highp float;

${VARYINGS}

const float PI = 3.14159265;
const vec4 transparent = vec4(0.0);

// Signed distance (in radii) to a regular polygon of the given number of
// sides inscribed in the unit circle, or to the unit circle when sides is 0.
float shapeDistance(vec2 p, float sides, float turn) {
  if (sides < 2.5) return length(p) - 1.0;
  float sector = 2.0 * PI / sides;
  float angle = atan(p.y, p.x) - turn * 2.0 * PI;
  float local = mod(angle, sector) - sector / 2.0;
  // Scale so the polygon's area is close to the disc's: types look equally heavy.
  float apothem = cos(PI / sides) * mix(1.15, 1.0, clamp((sides - 3.0) / 5.0, 0.0, 1.0));
  return length(p) * cos(local) - apothem;
}

void main(void) {
  vec2 p = v_diff / v_radius;
  float d = shapeDistance(p, v_shape.x, v_shape.y);
  float ring = v_shape.z;
  #ifdef PICKING_MODE
  gl_FragColor = d > ring ? transparent : v_color;
  #else
  vec4 inside = ring > 0.0 ? mix(v_color, v_ringColor, smoothstep(-v_feather, 0.0, d)) : v_color;
  float alpha = 1.0 - smoothstep(ring - v_feather, ring, d);
  gl_FragColor = mix(transparent, inside, alpha);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const UNIFORMS = ["u_sizeRatio", "u_correctionRatio", "u_matrix"] as const;
type Uniform = (typeof UNIFORMS)[number];

export class NodeShapeProgram extends NodeProgram<Uniform> {
  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_size", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_ringColor", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_shape", size: 3, type: FLOAT },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: "a_angle", size: 1, type: FLOAT }],
      CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: ShapeDisplayData) {
    const array = this.array;
    let i = startIndex;
    array[i++] = data.x;
    array[i++] = data.y;
    array[i++] = data.size;
    array[i++] = floatColor(data.color);
    array[i++] = floatColor(data.ringColor ?? "#1b1f24");
    array[i++] = data.sides ?? 0;
    array[i++] = data.turn ?? 0;
    array[i++] = data.ring ?? 0;
    array[i++] = nodeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>) {
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}
