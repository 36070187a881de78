import { dynamodb, eventBridge, workflow } from "@stepscript/dsl";

const TABLE = "device-state";
const BUS = "iot-events";
const HOT = 80;

export interface Reading {
  deviceId: string;
  temperature: number;
  at: string;
}

/**
 * An EXPRESS workflow for short, high-rate events: a device's first reading registers it, every
 * reading updates its state in DynamoDB, and a hot reading publishes an alert to EventBridge.
 * Only request-response integrations: EXPRESS workflows cannot wait (.sync, .waitForTaskToken).
 */
export const ingestReading = workflow({ type: "EXPRESS", timeoutSeconds: 30 }, async (reading: Reading) => {
  const previous = await dynamodb.getItem({ TableName: TABLE, Key: { deviceId: { S: reading.deviceId } }, ConsistentRead: true });
  if (previous.Item === undefined) {
    await eventBridge.putEvents({
      Entries: [{ EventBusName: BUS, Source: "devices", DetailType: "DeviceRegistered", Detail: { deviceId: reading.deviceId } }],
    });
  }
  if (reading.temperature >= HOT) {
    await dynamodb.putItem({ TableName: TABLE, Item: { deviceId: { S: reading.deviceId }, at: { S: reading.at }, status: { S: "hot" } } });
    await eventBridge.putEvents({
      Entries: [{
        EventBusName: BUS,
        Source: "devices",
        DetailType: "DeviceOverheated",
        Detail: { deviceId: reading.deviceId, temperature: reading.temperature, at: reading.at },
      }],
    });
    return { deviceId: reading.deviceId, status: "hot" };
  }
  await dynamodb.putItem({ TableName: TABLE, Item: { deviceId: { S: reading.deviceId }, at: { S: reading.at }, status: { S: "ok" } } });
  return { deviceId: reading.deviceId, status: "ok" };
});
