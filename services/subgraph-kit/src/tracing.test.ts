import { context, propagation, trace } from "@opentelemetry/api";
import { ConfigError } from "./config-error";
import { startTracing, tracingSettingsFromEnv } from "./tracing";

describe("tracingSettingsFromEnv", () => {
  it("is off without an OTLP endpoint, or when OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none says so", () => {
    expect(tracingSettingsFromEnv("economic", {})).toBeUndefined();
    expect(tracingSettingsFromEnv("economic", { OTEL_EXPORTER_OTLP_ENDPOINT: "" })).toBeUndefined();
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" };
    expect(tracingSettingsFromEnv("economic", { ...endpoint, OTEL_SDK_DISABLED: "true" })).toBeUndefined();
    expect(tracingSettingsFromEnv("economic", { ...endpoint, OTEL_TRACES_EXPORTER: "none" })).toBeUndefined();
  });

  it("is on with either endpoint variable, named after the service unless OTEL_SERVICE_NAME is set", () => {
    expect(
      tracingSettingsFromEnv("gateway", { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }),
    ).toEqual({
      serviceName: "gateway",
      endpoint: "http://collector:4318",
      protocol: "http/protobuf",
    });
    expect(
      tracingSettingsFromEnv("knowledge", {
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://traces:4318/v1/traces",
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
        OTEL_SERVICE_NAME: "knowledge-besancon",
      }),
    ).toEqual({
      serviceName: "knowledge-besancon",
      endpoint: "http://traces:4318/v1/traces",
      protocol: "http/json",
    });
  });

  it("lists every bad value by variable", () => {
    const read = () =>
      tracingSettingsFromEnv("economic", {
        OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318",
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/xml",
        OTEL_SDK_DISABLED: "yes",
      });
    expect(read).toThrow(ConfigError);
    try {
      read();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toEqual([
        expect.stringMatching(/^OTEL_EXPORTER_OTLP_ENDPOINT: must be an http:\/\/ or https:\/\/ URL/),
        expect.stringMatching(
          /^OTEL_EXPORTER_OTLP_PROTOCOL: must be one of http\/protobuf, http\/json, grpc/,
        ),
        expect.stringMatching(/^OTEL_SDK_DISABLED: /),
      ]);
    }
  });
});

describe("startTracing", () => {
  it("starts nothing without an endpoint: spans do not record and no traceparent is injected", () => {
    const saved = { ...process.env };
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    try {
      expect(startTracing("economic")).toBe(false);
    } finally {
      process.env = saved;
    }
    const span = trace.getTracer("test").startSpan("work");
    expect(span.isRecording()).toBe(false);
    const headers: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), span), headers);
    expect(headers).toEqual({});
    span.end();
  });
});
