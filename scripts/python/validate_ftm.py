"""Validates a FollowTheMoney NDJSON export with the followthemoney package.

Every line is read as FtM reads it (model.get_proxy(..., cleaned=False)),
checked against its schema (required properties, every value valid for its
property type), its entity references checked to name entities of the file,
and its dates checked to survive FtM's cleaning unchanged. Prints one JSON
object: the number of entities, by schema, and the first errors.
"""

import json
import sys
from collections import Counter

from followthemoney import model
from followthemoney.exc import InvalidData


def main(path: str) -> None:
    entities = []
    errors = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            data = json.loads(line)
            try:
                proxy = model.get_proxy(data, cleaned=False)
                proxy.schema.validate(data)
            except (InvalidData, TypeError, ValueError) as error:
                errors.append(f"line {number}: {data.get('schema')}: {error}")
                continue
            entities.append((number, data, proxy))
    ids = {data["id"] for _, data, _ in entities}
    for number, data, proxy in entities:
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity" and value not in ids:
                errors.append(f"line {number}: {prop.qname} names no entity of the file")
            if prop.type.name == "date" and prop.type.clean(value) != value:
                errors.append(
                    f"line {number}: {prop.qname} {value!r} cleans to {prop.type.clean(value)!r}"
                )
    print(
        json.dumps(
            {
                "entities": len(entities),
                "schemata": Counter(data["schema"] for _, data, _ in entities),
                "errors": len(errors),
                "first_errors": errors[:20],
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
