// Backstage's Prettier settings, with the line width this code base is written to.
module.exports = {
  ...require('@backstage/cli/config/prettier.json'),
  printWidth: 160,
};
