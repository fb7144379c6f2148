/**
 * Groups of actors (the users of one phone, the persons of one case, the
 * travellers of one route on one day) gathered record by record as three
 * parallel columns of numbers, then laid out group by group with a stable
 * counting sort: each group's members in the order they were added, with no
 * object per group or per member.
 */
export interface GroupLayout {
  /** The members of group g are positions offsets[g] .. offsets[g + 1] of `actors` and `records`. */
  offsets: Uint32Array;
  actors: Uint32Array;
  /** The record (link number) putting each member in its group. */
  records: Int32Array;
}

export class GroupMembers {
  /** Per group: its kind (an index of TIE_KINDS) and date key (dates.ts). */
  readonly kind: number[] = [];
  readonly date: number[] = [];
  private readonly group: number[] = [];
  private readonly actor: number[] = [];
  private readonly record: number[] = [];

  get count(): number {
    return this.kind.length;
  }

  /** A new empty group; its number. */
  create(kind: number, date: number): number {
    this.date.push(date);
    return this.kind.push(kind) - 1;
  }

  add(group: number, actor: number, record: number): void {
    this.group.push(group);
    this.actor.push(actor);
    this.record.push(record);
  }

  layout(): GroupLayout {
    const offsets = new Uint32Array(this.count + 1);
    for (const group of this.group) offsets[group + 1]!++;
    for (let g = 0; g < this.count; g++) offsets[g + 1]! += offsets[g]!;
    const cursor = offsets.slice(0, this.count);
    const actors = new Uint32Array(this.group.length);
    const records = new Int32Array(this.group.length);
    for (let k = 0; k < this.group.length; k++) {
      const at = cursor[this.group[k]!]!++;
      actors[at] = this.actor[k]!;
      records[at] = this.record[k]!;
    }
    return { offsets, actors, records };
  }
}
