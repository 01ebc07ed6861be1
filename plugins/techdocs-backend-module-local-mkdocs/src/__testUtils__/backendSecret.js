// A secret in the real environment of the test processes, as the database password is in the
// backend's: jest gives tests a copy of process.env, which child processes do not inherit, so the
// variable is set here, before jest starts its workers.
module.exports = async () => {
  process.env.PORTAL_TEST_SECRET = `portal-secret-${Math.random().toString(36).slice(2)}`;
};
