export { FakeWps, type FakeWpsOptions } from "./host";
export { FakeWpsError } from "./errors";
export { XL, errorScode, errorText } from "./enums";
