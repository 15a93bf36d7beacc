.info.version = "v1.1.0"
| .tags += [{"name": "User"}]
| .paths["/me"] = {
    "get": {"tags": ["User"], "operationId": "getUserSelf", "summary": "Get the user's own details",
      "responses": {"200": {"description": "The user", "content": {"application/json": {"schema": {
        "type": "object", "properties": {"user_details": {"type": "array", "items": {"type": "object", "properties": {
          "user": {"type": "object", "properties": {"id": {"type": "string"}, "username": {"type": "string"}}},
          "tokenRenewalDate": {"type": "string", "nullable": true},
          "apiCreditBalance": {"type": "integer", "nullable": true}}}}}}}}}}},
    "post": {"tags": ["User"], "operationId": "updateUserSelf", "summary": "Update the user's preferences",
      "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
        "displayName": {"type": "string", "nullable": true},
        "notifications": {"type": "object", "properties": {"email": {"type": "boolean", "nullable": true}}}}}}}},
      "responses": {"200": {"description": "Updated", "content": {"application/json": {"schema": {
        "type": "object", "properties": {"updated": {"type": "boolean"}}}}}}}}}
| .components.schemas.controlnet_input.properties.guidanceEnd = {"type": "number", "nullable": true, "description": "A nested request field added by the vendor."}
| .paths["/generations/{id}"].get.responses["200"].content["application/json"].schema.properties.generations_by_pk.properties.generated_images.items.properties.nsfwScore = {"type": "number", "nullable": true}
| .paths["/generations"].post.requestBody.content["application/json"].schema.properties.detailBoost = {"type": "number", "nullable": true, "description": "A field added by the vendor."}
